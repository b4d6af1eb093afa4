//! A real SMTP server on loopback that keeps every message it is given,
//! so a test can read the email My Say sent. Just enough SMTP (RFC 5321)
//! for a client that speaks it properly: no TLS, no authentication.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// One message as delivered: the envelope's recipients and the raw text.
#[derive(Clone, Debug)]
pub struct Delivered {
    pub to: Vec<String>,
    pub data: String,
}

#[derive(Clone, Default)]
pub struct SmtpSink {
    delivered: Arc<Mutex<Vec<Delivered>>>,
}

impl SmtpSink {
    /// Listens on `listener` until the test ends.
    pub fn serve(listener: TcpListener) -> Self {
        let sink = Self::default();
        let keeper = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let keeper = keeper.clone();
                tokio::spawn(async move {
                    let _ = keeper.conversation(stream).await;
                });
            }
        });
        sink
    }

    /// A sink on a new port of 127.0.0.1.
    pub async fn start() -> (Self, u16) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        (Self::serve(listener), port)
    }

    pub fn delivered(&self) -> Vec<Delivered> {
        self.delivered.lock().unwrap().clone()
    }

    /// Waits up to `within` for at least `count` messages.
    pub async fn wait_for(&self, count: usize, within: Duration) -> Vec<Delivered> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let delivered = self.delivered();
            if delivered.len() >= count || tokio::time::Instant::now() > deadline {
                return delivered;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until `count` delivered messages pass `keep` (or `within` has
    /// passed), and answers those.
    pub async fn wait_for_matching(
        &self,
        keep: impl Fn(&Delivered) -> bool,
        count: usize,
        within: Duration,
    ) -> Vec<Delivered> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let kept: Vec<Delivered> = self.delivered().into_iter().filter(&keep).collect();
            if kept.len() >= count || tokio::time::Instant::now() > deadline {
                return kept;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn conversation(&self, stream: TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read);
        write.write_all(b"220 sink.test ESMTP\r\n").await?;
        let mut to = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let command = line.trim_end().to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") {
                b"250-sink.test\r\n250 8BITMIME\r\n"
            } else if command.starts_with("HELO") || command.starts_with("MAIL FROM") {
                to.clear();
                b"250 OK\r\n"
            } else if command.starts_with("RCPT TO") {
                let address = line.trim_end()[8..].trim().trim_matches(['<', '>']);
                to.push(address.to_string());
                b"250 OK\r\n"
            } else if command == "DATA" {
                write.write_all(b"354 go on\r\n").await?;
                let mut data = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                self.delivered.lock().unwrap().push(Delivered {
                    to: std::mem::take(&mut to),
                    data,
                });
                b"250 OK kept\r\n"
            } else if command == "QUIT" {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            } else if command == "RSET" || command == "NOOP" {
                b"250 OK\r\n"
            } else {
                b"502 not here\r\n"
            };
            write.write_all(reply).await?;
        }
    }
}
