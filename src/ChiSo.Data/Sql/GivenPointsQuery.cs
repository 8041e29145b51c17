using System.Collections.Concurrent;
using ChiSo.Data.Results;
using ChiSo.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChiSo.Data.Sql;

/// <summary>
/// Reads the points reviewers fixed in a campaign with a plain data reader: a commune campaign reviewed one criterion
/// in ten is 20,000 rows, which EF materialised in 30–45 ms of CPU (bench/data, quick round); read plainly, a few ms.
/// Names come from the EF model, as in <see cref="CampaignValueQuery"/>.
/// </summary>
internal static class GivenPointsQuery
{
    private static readonly ConcurrentDictionary<IModel, string> Sql = new();

    /// <summary>
    /// The points reviewers fixed per criterion, as they count in <paramref name="round"/> (ADR 0024): the reviewed
    /// points in round 1; from round 2 the final points, else the reviewed ones.
    /// </summary>
    public static async Task<List<CampaignInputs.GivenRow>> ReadAsync(ChiSoDbContext db, int campaignId, int round, CancellationToken cancellationToken)
    {
        var rows = new List<CampaignInputs.GivenRow>();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = Sql.GetOrAdd(db.Model, _ => Create(db));
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
                CampaignValueQuery.Add(command, "@campaign", campaignId);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        double? reviewed = reader.IsDBNull(2) ? null : reader.GetDouble(2);
                        double? final = round > Rounds.First && !reader.IsDBNull(3) ? reader.GetDouble(3) : null;
                        if ((final ?? reviewed) is { } points)
                        {
                            rows.Add(new CampaignInputs.GivenRow(reader.GetInt32(0), reader.GetString(1), points));
                        }
                    }
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return rows;
    }

    private static string Create(ChiSoDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var (scores, c) = CampaignValueQuery.Table<CriterionScore>(db, sql);
        var (submissions, s) = CampaignValueQuery.Table<Submission>(db, sql);
        return $"""
            SELECT s.{s(nameof(Submission.UnitId))}, c.{c(nameof(CriterionScore.CriterionCode))},
                   c.{c(nameof(CriterionScore.ReviewerPoints))}, c.{c(nameof(CriterionScore.FinalPoints))}
            FROM {scores} AS c INNER JOIN {submissions} AS s ON c.{c(nameof(CriterionScore.SubmissionId))} = s.{s(nameof(Submission.Id))}
            WHERE s.{s(nameof(Submission.CampaignId))} = @campaign
              AND (c.{c(nameof(CriterionScore.ReviewerPoints))} IS NOT NULL OR c.{c(nameof(CriterionScore.FinalPoints))} IS NOT NULL)
            """;
    }
}
