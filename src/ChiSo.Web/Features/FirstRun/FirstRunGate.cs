using ChiSo.Data;
using ChiSo.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.FirstRun;

/// <summary>
/// Whether the app still waits for its first administrator: demo mode off and no active system-wide administrator in
/// the database. Once one exists the gate closes for the life of the process (the page is gone until a restart finds
/// none again). While it is open, each request asks the database, so an administrator added by <c>chiso users add</c>
/// closes it at once.
/// </summary>
public sealed class FirstRunGate(IConfiguration configuration) : IDisposable
{
    public const string Path = "/setup/first-admin";

    private readonly SemaphoreSlim _creating = new(1, 1);

    private volatile bool _closed = Demo.DemoMode.IsOn(configuration);

    public SetupCode Code { get; } = new();

    public async Task<bool> IsOpenAsync(ChiSoDbContext db, CancellationToken cancellationToken = default)
    {
        if (_closed)
        {
            return false;
        }

        if (await HasActiveAdministratorAsync(db, cancellationToken))
        {
            _closed = true;
            return false;
        }

        return true;
    }

    /// <summary>Runs <paramref name="create"/> alone (two racing submissions queue here) while the gate is still open; false when it closed first.</summary>
    public async Task<bool> WhileOpenAsync(ChiSoDbContext db, Func<Task<bool>> create, CancellationToken cancellationToken = default)
    {
        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (!await IsOpenAsync(db, cancellationToken))
            {
                return false;
            }

            if (await create())
            {
                _closed = true;
            }

            return true;
        }
        finally
        {
            _creating.Release();
        }
    }

    public void Dispose() => _creating.Dispose();

    public static async Task<bool> HasActiveAdministratorAsync(ChiSoDbContext db, CancellationToken cancellationToken = default)
    {
        // A few rows at most; a lockout end is compared here because SQLite cannot compare DateTimeOffset columns.
        var ends = await db.Memberships.AsNoTracking().Where(m => m.Role == Role.Administrator && m.UnitId == null)
            .Join(db.Users, m => m.UserId, u => u.Id, (_, u) => new ChiSoUser { LockoutEnd = u.LockoutEnd })
            .ToListAsync(cancellationToken);
        return ends.Any(u => !Data.Accounts.AccountDeactivation.IsDeactivated(u));
    }
}
