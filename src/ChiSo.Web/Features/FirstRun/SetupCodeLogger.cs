using ChiSo.Data;

namespace ChiSo.Web.Features.FirstRun;

/// <summary>
/// At start, when the app waits for its first administrator, writes the one-time code to the server log, in one line
/// a person (or a test) can find: <c>ChiSo setup code: XXXX-XXXX-XXXX</c>. A warning, so that it shows at any usual log level.
/// </summary>
public sealed partial class SetupCodeLogger(IServiceProvider services, FirstRunGate gate, ILogger<SetupCodeLogger> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        if (await gate.IsOpenAsync(scope.ServiceProvider.GetRequiredService<ChiSoDbContext>(), cancellationToken))
        {
            LogCode(logger, gate.Code.Value);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "ChiSo setup code: {Code} — Chưa có quản trị hệ thống: mở " + FirstRunGate.Path + " và nhập mã này để tạo tài khoản quản trị đầu tiên (mã đổi mỗi lần khởi động). "
        + "/ No administrator yet: open " + FirstRunGate.Path + " and enter this code to create the first administrator (the code changes at every start).")]
    private static partial void LogCode(ILogger logger, string code);
}
