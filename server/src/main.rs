use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    // One plain line for whoever started it, not a Debug dump with a backtrace.
    let started = match server::Config::from_env() {
        Ok(config) => server::run(config).await,
        Err(error) => Err(error),
    };
    match started {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("My Say could not start: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
