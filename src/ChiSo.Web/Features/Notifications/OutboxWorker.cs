using Microsoft.Extensions.Options;

namespace ChiSo.Web.Features.Notifications;

/// <summary>Empties the outbox in the background, every <see cref="SmtpOptions.PollSeconds"/>.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<OutboxWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = options.Value.PollSeconds;
        if (poll <= 0 || string.IsNullOrWhiteSpace(options.Value.Host))
        {
            // No mail server configured: e-mails wait in the outbox until one is.
            OutboxLog.SenderOff(log);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(poll), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RoundAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: unsent messages wait in the outbox for the next start.
        }
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database may be briefly unavailable; the next round tries again.
            OutboxLog.RoundFailed(log, e);
        }
    }
}
