using ChiSo.Data;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Evidence;

/// <summary>
/// Removes stored files no evidence row refers to any more (removed evidence, refused or abandoned uploads), once
/// they have been left alone for <see cref="EvidenceOptions.OrphanGrace"/>. The grace is what makes it safe: a file
/// is written (or, when its bytes are already stored, touched) before its row is inserted, so a file a running upload
/// is about to name is always younger than the grace.
/// </summary>
public sealed class EvidenceSweep(ChiSoDbContext db, EvidenceStore store, EvidenceOptions options, TimeProvider clock, ILogger<EvidenceSweep> log)
{
    /// <summary>Deletes the orphans older than the grace; returns how many files were deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var referenced = (await db.Evidence.AsNoTracking().Where(e => e.Kind == EvidenceKind.File && e.Sha256 != null)
            .Select(e => e.Sha256!).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var before = clock.GetUtcNow().UtcDateTime - options.OrphanGrace;
        var deleted = 0;
        foreach (var (path, sha) in store.Files().ToList())
        {
            if ((sha is not null && referenced.Contains(sha)) || File.GetLastWriteTimeUtc(path) >= before)
            {
                continue;
            }

            try
            {
                File.Delete(path);
                deleted++;
            }
            catch (IOException e)
            {
                EvidenceSweepLog.NotDeleted(log, e, path);
            }
        }

        if (deleted > 0)
        {
            EvidenceSweepLog.Deleted(log, deleted);
        }

        return deleted;
    }
}

/// <summary>Runs <see cref="EvidenceSweep"/> every <see cref="EvidenceOptions.SweepEvery"/>, starting one period after start-up.</summary>
public sealed class EvidenceSweeper(IServiceScopeFactory scopes, EvidenceOptions options, TimeProvider clock, ILogger<EvidenceSweeper> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<EvidenceSweep>().SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed sweep leaves files on disk until the next one; it must never stop the web app.
                EvidenceSweepLog.Failed(log, e);
            }
        }
    }
}

internal static partial class EvidenceSweepLog
{
    [LoggerMessage(1, LogLevel.Warning, "Could not delete the unreferenced evidence file {Path}")]
    public static partial void NotDeleted(ILogger logger, Exception exception, string path);

    [LoggerMessage(2, LogLevel.Information, "Evidence sweep deleted {Count} unreferenced files")]
    public static partial void Deleted(ILogger logger, int count);

    [LoggerMessage(3, LogLevel.Error, "The evidence sweep failed")]
    public static partial void Failed(ILogger logger, Exception exception);
}
