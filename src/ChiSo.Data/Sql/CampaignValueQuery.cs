using System.Collections.Concurrent;
using System.Data.Common;
using ChiSo.Data.Submissions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using ChiSo.Data.Results;

namespace ChiSo.Data.Sql;

/// <summary>
/// Reads a campaign's input values up to a round with a plain data reader instead of EF materialisation: a commune
/// campaign is over 300,000 values and EF's per-row cost was most of the compute time. Table and column names come
/// from the EF model, quoted by the provider, so the SQL is the same on SQLite and PostgreSQL. Criterion codes and
/// input ids repeat on every unit: each distinct one is kept once and rows refer to it by number.
/// </summary>
internal static class CampaignValueQuery
{
    private static readonly ConcurrentDictionary<IModel, string> Sql = new();

    // expected: how many rows to make room for (every input of every unit once, say).
    public static async Task<CampaignInputs.ValueSet> ReadAsync(ChiSoDbContext db, int campaignId, int round, int expected, CancellationToken cancellationToken)
    {
        var values = new CampaignInputs.ValueSet(expected);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (db.Database.GetDbConnection() is SqliteConnection sqlite)
            {
                SqliteValueReader.Read(sqlite, Sql.GetOrAdd(db.Model, _ => Create(db)), campaignId, round, values, cancellationToken);
                return values;
            }

            var command = db.Database.GetDbConnection().CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = Sql.GetOrAdd(db.Model, _ => Create(db));
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
                Add(command, "@campaign", campaignId);
                Add(command, "@round", round);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    await ReadRowsAsync(reader, values, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return values;
    }

    // Names and texts are copied into one buffer and looked up there: a string is made only for one not seen before.
    // A value entered as a number is used (and hashed) as that number, so its text is never read (as SqliteValueReader).
    private static async Task ReadRowsAsync(DbDataReader reader, CampaignInputs.ValueSet values, CancellationToken cancellationToken)
    {
        var buffer = new char[CampaignInputs.ValueSet.MaxSharedText];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var number = reader.IsDBNull(4) ? (double?)null : reader.GetDouble(4);
            values.Rows.Add(new CampaignInputs.ValueRow(
                reader.GetInt32(0),
                reader.GetInt32(1),
                Name(reader, 2, values.Criteria, buffer),
                Name(reader, 3, values.Inputs, buffer),
                number,
                number is null && !reader.IsDBNull(5) ? Text(reader, 5, values, buffer) : null));
        }
    }

    private static int Name(DbDataReader reader, int ordinal, NameTable names, char[] buffer)
    {
        var length = (int)reader.GetChars(ordinal, 0, buffer, 0, buffer.Length);
        return length < buffer.Length ? names.IdOf(buffer.AsSpan(0, length)) : names.IdOf(reader.GetString(ordinal));
    }

    private static string Text(DbDataReader reader, int ordinal, CampaignInputs.ValueSet values, char[] buffer)
    {
        var length = (int)reader.GetChars(ordinal, 0, buffer, 0, buffer.Length);
        return length < buffer.Length ? values.Text(buffer.AsSpan(0, length)) : reader.GetString(ordinal);
    }

    internal static void Add(DbCommand command, string name, int value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string Create(ChiSoDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var (values, v) = Table<InputValue>(db, sql);
        var (submissions, s) = Table<Submission>(db, sql);
        return $"""
            SELECT s.{s(nameof(Submission.UnitId))}, v.{v(nameof(InputValue.Round))}, v.{v(nameof(InputValue.CriterionCode))},
                   v.{v(nameof(InputValue.InputId))}, v.{v(nameof(InputValue.Number))}, v.{v(nameof(InputValue.Text))}
            FROM {values} AS v INNER JOIN {submissions} AS s ON v.{v(nameof(InputValue.SubmissionId))} = s.{s(nameof(Submission.Id))}
            WHERE s.{s(nameof(Submission.CampaignId))} = @campaign AND v.{v(nameof(InputValue.Round))} <= @round
            """;
    }

    /// <summary>The quoted table name and a function giving the quoted column name of a property.</summary>
    internal static (string Table, Func<string, string> Column) Table<T>(ChiSoDbContext db, ISqlGenerationHelper sql)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return (sql.DelimitIdentifier(store.Name, store.Schema), property => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(store)!));
    }
}
