namespace ChiSo.Web.Features.Notifications;

internal static partial class OutboxLog
{
    [LoggerMessage(1, LogLevel.Information, "Outbox sender off (Smtp:Host empty or Smtp:PollSeconds 0); e-mails stay queued")]
    public static partial void SenderOff(ILogger logger);

    [LoggerMessage(2, LogLevel.Error, "Outbox round failed")]
    public static partial void RoundFailed(ILogger logger, Exception error);

    [LoggerMessage(3, LogLevel.Warning, "E-mail {Id} to {To} not sent (attempt {Attempts}): {Error}")]
    public static partial void NotSent(ILogger logger, long id, string to, int attempts, string error);
}
