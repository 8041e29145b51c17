using ChiSo.Data;

namespace ChiSo.Web.Features.Shared;

/// <summary>On start: migrates the embedded SQLite database (PostgreSQL is migrated explicitly, by <c>chiso database migrate</c>).</summary>
public static class DatabaseStartup
{
    public static Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken = default) =>
        ChiSoDatabase.EnsureReadyAsync(services.GetRequiredService<DatabaseOptions>(), cancellationToken);
}
