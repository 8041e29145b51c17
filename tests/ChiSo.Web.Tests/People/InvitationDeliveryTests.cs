using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using ChiSo.Data.Accounts;
using ChiSo.Web.Tests.Notifications;
using ChiSo.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Web.Tests.People;

/// <summary>An invitation through the real outbox sender to a real SMTP server on loopback, its link still valid there.</summary>
public sealed class InvitationDeliveryTests : IAsyncLifetime, IDisposable
{
    private const string PublicUrl = "https://chiso.tayninh.gov.vn";

    private readonly WebAppFactory _base = new();
    private readonly SmtpServer _smtp = new();
    private WebApplicationFactory<Program> _app = default!;

    public async Task InitializeAsync()
    {
        await _smtp.StartAsync();
        _app = _base.WithWebHostBuilder(b =>
        {
            b.UseSetting("Smtp:Host", "127.0.0.1");
            b.UseSetting("Smtp:Port", _smtp.Port.ToString(CultureInfo.InvariantCulture));
            b.UseSetting("Smtp:From", "chiso@demo.chiso.vn");
            b.UseSetting("Smtp:PollSeconds", "0.2");
            b.UseSetting("Smtp:TimeoutSeconds", "10");
            b.UseSetting("App:PublicUrl", PublicUrl);
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _base.DisposeAsync();
    }

    public void Dispose() => _smtp.Dispose();

    [Fact]
    public async Task Invitation_ReachesTheServerInVietnameseWithAWorkingSetPasswordLink()
    {
        const string Email = "moi.smtp@kiemthu.chiso.vn";
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());

        using var created = await client.PostAsJsonAsync(new Uri("/api/v1/people", UriKind.Relative),
            PeopleApp.Person("Nguyễn Thư Mời", Email, "UnitReporter", Features.Demo.DemoAccounts.DepartmentCode));
        var message = await ReceivedAsync();
        var body = Body(message);
        var link = Regex.Match(body, @"https://\S+/account/set-password\?ticket=([A-Za-z0-9_\-]{43})");

        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        Assert.Equal(Email, MimeHeaders.Header(message, "To")!.Trim('<', '>'));
        Assert.Equal("Mời sử dụng ChiSo: đặt mật khẩu cho tài khoản của bạn", MimeHeaders.Header(message, "Subject"));
        Assert.Contains("Kính gửi Nguyễn Thư Mời", body, StringComparison.Ordinal);
        Assert.True(link.Success, body);
        Assert.StartsWith(PublicUrl + "/account/set-password?ticket=", link.Value, StringComparison.Ordinal);
        using var scope = _app.Services.CreateScope();
        Assert.Equal(TicketState.Valid, (await scope.ServiceProvider.GetRequiredService<AccountTickets>().CheckAsync(link.Groups[1].Value)).State);
    }

    private async Task<string> TokenAsync()
    {
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ChiSoUser>>();
        var admin = await users.FindByEmailAsync("quantri@demo.chiso.vn");
        var (made, _) = await scope.ServiceProvider.GetRequiredService<Features.Accounts.ApiTokens>().CreateAsync(admin!.Id, "test", "smtp", null);
        return made!.Text;
    }

    private async Task<string> ReceivedAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (_smtp.Messages().Count == 0)
        {
            await using var db = _base.NewContext();
            var errors = await db.Set<Data.Notifications.OutboxMessage>().AsNoTracking().Select(m => m.LastError).ToListAsync();
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "No message reached the server: " + string.Join("; ", errors));
            await Task.Delay(200);
        }

        return Assert.Single(_smtp.Messages());
    }

    /// <summary>The text body, decoded from base64 or quoted-printable.</summary>
    private static string Body(string message)
    {
        var parts = message.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2);
        var encoding = MimeHeaders.Header(message, "Content-Transfer-Encoding")?.Trim().ToLowerInvariant();
        return encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(parts[1].Split('\n').Select(l => l.Trim())))),
            "quoted-printable" => QuotedPrintable(parts[1]),
            _ => parts[1],
        };
    }

    private static string QuotedPrintable(string text)
    {
        var unfolded = text.Replace("=\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < unfolded.Length; i++)
        {
            if (unfolded[i] == '=' && i + 2 < unfolded.Length && Uri.IsHexDigit(unfolded[i + 1]) && Uri.IsHexDigit(unfolded[i + 2]))
            {
                bytes.Add(Convert.ToByte(unfolded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(unfolded[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
