namespace LocalGov.Host.Shell;

internal static class LoggingSetup
{
    /// <summary>Structured logs: JSON lines when <c>Logging:Format=json</c> (servers), readable lines otherwise.</summary>
    public static ILoggingBuilder AddLocalGovLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        if (string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            });
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        return logging;
    }
}
