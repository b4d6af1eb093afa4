//! Who is on the other end: the client's address, and whether they reached
//! us over HTTPS. Behind a proxy the TCP peer is the proxy, so its
//! `X-Forwarded-For` and `X-Forwarded-Proto` are believed, but only when the
//! peer is one of `MYSAY_TRUSTED_PROXIES`: anyone else could write anything
//! there to escape throttling or to blame someone else.

use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use ipnet::IpNet;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The client as the server judges it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress {
    pub ip: IpAddr,
    /// A trusted proxy said the client used HTTPS.
    pub https: bool,
}

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(judge(parts, &state.config.trusted_proxies))
    }
}

/// As the extractor, for middleware that holds the request's parts.
pub fn judge(parts: &Parts, trusted: &[IpNet]) -> ClientAddress {
    // Served without a peer address (never by `Server::serve`): an address
    // nobody can share with a real client.
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip());
    client_address(peer, &parts.headers, trusted)
}

fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> ClientAddress {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(&canonical(*ip)));
    let peer = canonical(peer);
    if !is_trusted(&peer) {
        return ClientAddress {
            ip: peer,
            https: false,
        };
    }
    // Each proxy appends the address it heard from, so reading from the
    // right, the first address no trusted proxy could have written is the
    // client. Anything to its left came from the client and proves nothing.
    let mut client = peer;
    for hop in header_list(headers, "x-forwarded-for").rev() {
        match hop_address(hop) {
            Ok(ip) => {
                client = canonical(ip);
                if !is_trusted(&client) {
                    break;
                }
            }
            // Not an address: written by the client, so the hop we stand on
            // is the last we can believe.
            Err(_) => break,
        }
    }
    let https = header_list(headers, "x-forwarded-proto")
        .next_back()
        .is_some_and(|proto| proto.eq_ignore_ascii_case("https"));
    ClientAddress { ip: client, https }
}

/// One `X-Forwarded-For` item: an address, or (as some load balancers write
/// it) an address with a port, `1.2.3.4:5678` or `[2001:db8::1]:443`.
fn hop_address(hop: &str) -> Result<IpAddr, std::net::AddrParseError> {
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<SocketAddr>().map(|a| a.ip()))
}

/// Every comma-separated item of every copy of a header, in order.
fn header_list<'a>(
    headers: &'a HeaderMap,
    name: &'static str,
) -> impl DoubleEndedIterator<Item = &'a str> {
    headers
        .get_all(name)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect::<Vec<_>>()
        .into_iter()
}

/// An IPv4 client reaching a dual-stack socket shows as `::ffff:a.b.c.d`;
/// count it once, as IPv4.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge_of(peer: &str, pairs: &[(&str, &str)], trusted: &[&str]) -> ClientAddress {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.append(
                axum::http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                value.parse().unwrap(),
            );
        }
        let trusted: Vec<IpNet> = trusted.iter().map(|t| t.parse().unwrap()).collect();
        client_address(peer.parse().unwrap(), &headers, &trusted)
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_claims() {
        let c = judge_of(
            "198.51.100.9",
            &[
                ("x-forwarded-for", "203.0.113.5"),
                ("x-forwarded-proto", "https"),
            ],
            &[],
        );
        assert_eq!(
            c,
            ClientAddress {
                ip: ip("198.51.100.9"),
                https: false
            }
        );
        let c = judge_of(
            "198.51.100.9",
            &[("x-forwarded-for", "203.0.113.5")],
            &["10.0.0.0/8"],
        );
        assert_eq!(c.ip, ip("198.51.100.9"));
    }

    #[test]
    fn forwarded_addresses_with_ports_are_read_as_addresses() {
        let c = judge_of(
            "10.0.0.2",
            &[("x-forwarded-for", "203.0.113.5:5678")],
            &["10.0.0.0/8"],
        );
        assert_eq!(c.ip, ip("203.0.113.5"));
        let c = judge_of(
            "10.0.0.2",
            &[("x-forwarded-for", "[2001:db8::1]:443")],
            &["10.0.0.0/8"],
        );
        assert_eq!(c.ip, ip("2001:db8::1"));
    }

    #[test]
    fn behind_trusted_proxies_the_rightmost_untrusted_address_is_the_client() {
        let proxies = ["10.0.0.0/8"];
        // The client wrote a false first entry; our proxies appended the rest.
        let c = judge_of(
            "10.0.0.2",
            &[
                ("x-forwarded-for", "1.2.3.4, 203.0.113.5"),
                ("x-forwarded-for", "10.0.0.1"),
                ("x-forwarded-proto", "https"),
            ],
            &proxies,
        );
        assert_eq!(
            c,
            ClientAddress {
                ip: ip("203.0.113.5"),
                https: true
            }
        );
        // Nothing forwarded: the proxy itself is the client.
        assert_eq!(judge_of("10.0.0.2", &[], &proxies).ip, ip("10.0.0.2"));
        // Garbage stops the walk at the last believable hop.
        let c = judge_of(
            "10.0.0.2",
            &[("x-forwarded-for", "203.0.113.5, junk, 10.0.0.1")],
            &proxies,
        );
        assert_eq!(c.ip, ip("10.0.0.1"));
        // Only the proxy's own (last) protocol counts.
        let c = judge_of(
            "10.0.0.2",
            &[("x-forwarded-proto", "https, http")],
            &proxies,
        );
        assert!(!c.https);
    }

    #[test]
    fn ipv4_mapped_addresses_count_as_ipv4() {
        let c = judge_of(
            "::ffff:10.0.0.2",
            &[("x-forwarded-for", "203.0.113.5")],
            &["10.0.0.0/8"],
        );
        assert_eq!(c.ip, ip("203.0.113.5"));
    }
}
