using ChiSo.Data;
using ChiSo.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChiSo.Web.Features.Notifications;

/// <summary>
/// Sends the due messages of the outbox one by one. A message is marked sent only after the server accepted it;
/// a failure is recorded on the message (attempts, last error) and retried later with a doubling back-off.
/// </summary>
public sealed class OutboxSender(ChiSoDbContext db, MailSender mail, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<OutboxSender> log)
{
    private const int Batch = 50;

    /// <summary>Sends what is due now; returns how many messages the server accepted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxMessage>()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            message.Attempts++;
            try
            {
                await mail.SendAsync(message, cancellationToken);
                message.SentAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                message.LastError = Describe(e);
                message.NextAttemptAt = clock.GetUtcNow().UtcDateTime + Backoff(options.Value, message.Attempts);
                OutboxLog.NotSent(log, message.Id, message.To, message.Attempts, message.LastError);
            }

            // Saved after each message: a crash right after sending can repeat at most this one message.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return sent;
    }

    /// <summary>The wait after <paramref name="attempts"/> failed attempts: doubling from RetrySeconds, capped at MaxRetrySeconds.</summary>
    public static TimeSpan Backoff(SmtpOptions smtp, int attempts)
    {
        ArgumentNullException.ThrowIfNull(smtp);
        var seconds = smtp.RetrySeconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, smtp.MaxRetrySeconds));
    }

    private static string Describe(Exception e)
    {
        var text = e.InnerException is null ? e.Message : $"{e.Message} ({e.InnerException.Message})";
        return text.Length <= 2000 ? text : text[..2000];
    }
}
