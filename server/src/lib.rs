//! The My Say server: a JSON API under `/api/` for the front end, which it
//! also serves from the built `dist` directory.
//!
//! A request passes the security layers (headers, CSRF), then a route; the
//! route's `CurrentUser` extractor finds the session, `policy` decides
//! access, `storage` holds all SQL, and `domain` computes review dates.

// Infrastructure.
mod auth;
pub mod clock;
pub mod config;
mod http;
pub mod policy;
pub mod storage;

// Features, named for what they do for the people using them.
mod advocates;
mod alerts;
mod attachments;
mod caseload;
mod children;
pub mod contributions;
pub mod demo;
mod home;
mod languages;
mod my_officer;
mod notifications;
mod requests;
mod reviews;
mod rights;
mod settings;
mod what_changed;
mod whats_new_page;

pub use auth::activation_codes::new_activation_code;
pub use clock::Clock;
pub use config::Config;

use anyhow::Context;
use axum::extract::DefaultBodyLimit;
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{middleware, Json, Router};
use domain::api::{ApiError, ErrorCode};
use domain::closure_days::ClosureDays;
use http::{connections, frontend, routes, security};
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use storage::Store;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;
use tower_http::trace::TraceLayer;

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub store: Store,
    /// The council's closure days: they flag a date, never move one.
    pub closure_days: Arc<ClosureDays>,
    pub clock: Clock,
    pub hashing: auth::passwords::Hashing,
    /// Wakes the mailer after an update is recorded (it also runs on an interval).
    pub mail: notifications::MailWaker,
    frontend: frontend::Frontend,
    /// Every language's words, for the pages the server renders.
    pub page_languages: http::pages::PageLanguages,
}

impl AppState {
    pub fn new(config: Config, store: Store) -> Self {
        Self {
            closure_days: Arc::new(ClosureDays::new(config.closure_days.iter().copied())),
            clock: config.clock.clone(),
            hashing: auth::passwords::Hashing::new(config.hashes_at_once, config.hash_queue),
            frontend: frontend::Frontend::new(&config.dist_dir),
            page_languages: http::pages::PageLanguages::load(&config.dist_dir),
            mail: notifications::MailWaker::default(),
            config: Arc::new(config),
            store,
        }
    }
}

/// Method and path of every API route, as the router registers them.
pub fn api_routes() -> Vec<(Method, &'static str)> {
    routes::all()
        .into_iter()
        .map(|r| (r.method, r.path))
        .collect()
}

/// Method and path of every server-rendered page and form.
pub fn page_routes() -> Vec<(Method, &'static str)> {
    routes::pages()
        .into_iter()
        .map(|r| (r.method, r.path))
        .collect()
}

/// The whole HTTP application. Serve it with the peer's address as
/// `ConnectInfo<SocketAddr>` (as `Server::serve` does): sign-in throttling
/// counts failures per client address.
pub fn app(state: AppState) -> Router {
    routes::all()
        .into_iter()
        .chain(routes::pages())
        .fold(Router::new(), |router, r| router.route(r.path, r.handler))
        // A known API path asked with a method it does not take: axum still
        // adds the `Allow` header to this JSON answer.
        .method_not_allowed_fallback(wrong_method)
        .fallback(frontend::fallback)
        .layer(DefaultBodyLimit::max(http::extract::JSON_BODY_LIMIT))
        // The pages' HTML, compressed: a weak connection's first round trip
        // carries about 14 KB. Their form tokens are masked afresh in every
        // answer and their cookies are SameSite=Strict, so compression
        // leaks nothing a guess at a time (BREACH). Built files come
        // compressed already; the API's JSON is small and left alone.
        .layer(CompressionLayer::new().compress_when(is_a_page))
        // The header timeout stops at the headers: a body trickled a byte at
        // a time would otherwise hold its connection for hours.
        .layer(RequestBodyTimeoutLayer::new(state.config.body_read_timeout))
        // Layers run outermost-last: security headers wrap everything,
        // including CSRF refusals and answers to panics.
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(middleware::from_fn(security::csrf))
        .layer(middleware::from_fn(security::headers))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::cookie::strict_transport_security,
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Compress only HTML the server wrote.
fn is_a_page(
    _: StatusCode,
    _: axum::http::Version,
    headers: &axum::http::HeaderMap,
    _: &axum::http::Extensions,
) -> bool {
    headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"))
        && !headers.contains_key(axum::http::header::CONTENT_ENCODING)
}

async fn wrong_method() -> http::error::AppError {
    http::error::AppError::MethodNotAllowed
}

fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)");
    tracing::error!(%detail, "handler panicked");
    let body = ApiError {
        code: ErrorCode::ServerError,
        retry_after_secs: None,
        limit: None,
        fields: Vec::new(),
        decision: None,
        from: None,
    };
    (StatusCode::INTERNAL_SERVER_ERROR, Json(body)).into_response()
}

/// A server bound to its address, ready to serve. Tests use it to learn the
/// port when they bind to port 0.
pub struct Server {
    listener: TcpListener,
    router: Router,
    limits: connections::Limits,
}

impl Server {
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` completes, then lets open requests finish,
    /// with the limits of `http::connections`.
    pub async fn serve(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        connections::serve(self.listener, self.router, self.limits, shutdown).await
    }
}

/// Opens the store (migrating it, seeding the demo if asked) and binds.
pub async fn start(config: Config) -> anyhow::Result<Server> {
    auth::passwords::warm_up().await?;
    let store = Store::open(&config.database_path()).await?;
    attachments::prepare_folder(&config)?;
    if config.demo && store.user_count().await? == 0 {
        demo::seed(&store, &config.clock).await?;
        tracing::info!("seeded the demo data");
    }
    let listener = TcpListener::bind(config.addr).await.with_context(|| {
        format!(
            "could not listen on {}: is My Say already running? Set MYSAY_ADDR to use another address",
            config.addr
        )
    })?;
    let limits = connections::Limits {
        header_read_timeout: config.header_read_timeout,
        max_connections: config.max_connections,
    };
    let state = AppState::new(config, store);
    notifications::start(state.store.clone(), &state.config.mail, state.mail.clone())?;
    let router = app(state);
    Ok(Server {
        listener,
        router,
        limits,
    })
}

pub async fn run(config: Config) -> anyhow::Result<()> {
    let server = start(config).await?;
    // The test harness and `cargo xtask run` read this exact line for the port.
    println!("My Say is running at http://{}/", server.local_addr()?);
    server.serve(shutdown_signal()).await?;
    Ok(())
}

async fn shutdown_signal() {
    if let Err(e) = tokio::signal::ctrl_c().await {
        tracing::error!(error = %e, "cannot listen for Ctrl-C; stop the server another way");
        std::future::pending::<()>().await;
    }
}
