using System.Globalization;
using ChiSo.Data.Notifications;
using ChiSo.Web.Features.Notifications;
using ChiSo.Web.Tests.Progress;
using ChiSo.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.Notifications;

/// <summary>The outbox against a real SMTP server (aiosmtpd) on loopback, sent by the app's own background service.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly WebAppFactory _base = new();
    private readonly SmtpServer _smtp = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app = default!;

    public Task InitializeAsync()
    {
        // Fails, not skips, when the package is missing.
        SmtpServer.EnsureInstalled();
        _app = _base.WithWebHostBuilder(b =>
        {
            b.UseSetting("Smtp:Host", "127.0.0.1");
            b.UseSetting("Smtp:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture));
            b.UseSetting("Smtp:From", "chiso@demo.chiso.vn");
            b.UseSetting("Smtp:PollSeconds", "0.2");
            b.UseSetting("Smtp:RetrySeconds", "0.2");
            b.UseSetting("Smtp:MaxRetrySeconds", "1");
            b.UseSetting("Smtp:TimeoutSeconds", "10");
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _base.DisposeAsync();
    }

    public void Dispose() => _smtp.Dispose();

    [Fact]
    public async Task Reminder_ServerDownThenUp_StaysQueuedWithErrorThenIsDeliveredWithVietnameseSubject()
    {
        var mini = await CreateCampaignAsync();
        using (var scope = _app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Reminders>().SendAsync(mini.CampaignId, [mini.S08], "test");
        }

        // Server down: the sender tries, fails, keeps the message with the error.
        var failed = await WaitForAsync(all => all.All(m => m.Attempts >= 1 && m.LastError is not null));
        Assert.Equal(2, failed.Count);
        Assert.All(failed, m => Assert.Null(m.SentAt));

        await _smtp.StartAsync();
        var sent = await WaitForAsync(all => all.All(m => m.SentAt is not null));

        // Reporter and head of S08 (demo accounts), subject as ReminderText writes it.
        const string subject = "Nhắc nhở hoàn thành tự đánh giá: " + MiniCampaign.Name;
        Assert.All(sent, m => Assert.Null(m.LastError));
        var messages = _smtp.Messages();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal(subject, MimeHeaders.Header(m, "Subject")));
        Assert.Equal(
            ["baocao@demo.chiso.vn", "thutruong@demo.chiso.vn"],
            messages.Select(m => MimeHeaders.Header(m, "To")!.Trim('<', '>')).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(4, 240)]
    [InlineData(20, 3600)]
    public void Backoff_Defaults_DoublesFromThirtySecondsUpToAnHour(int attempts, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxSender.Backoff(new SmtpOptions(), attempts));

    private async Task<MiniCampaign> CreateCampaignAsync()
    {
        _ = _app.Server;
        await using var db = _base.NewContext();
        return await MiniCampaign.CreateAsync(db);
    }

    /// <summary>Polls the outbox until the condition holds (the background service works on its own schedule).</summary>
    private async Task<List<OutboxMessage>> WaitForAsync(Func<List<OutboxMessage>, bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using var db = _base.NewContext();
            var all = await db.Set<OutboxMessage>().AsNoTracking().ToListAsync();
            if (all.Count > 0 && condition(all))
            {
                return all;
            }

            Assert.True(waited.Elapsed < Patience, $"Outbox did not reach the expected state: {string.Join("; ", all.Select(m => $"{m.To} attempts={m.Attempts} sent={m.SentAt} error={m.LastError}"))}");
            await Task.Delay(200);
        }
    }
}
