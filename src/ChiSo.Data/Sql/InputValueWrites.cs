using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ChiSo.Data.Submissions;

namespace ChiSo.Data.Sql;

/// <summary>
/// The save of one value as one statement on its row: <c>UPDATE … SET previous = current, value = new, who, when,
/// version = version + 1 WHERE key AND version = seen</c>. The SQL is written once per model from the EF mapping
/// (<see cref="InputValueTable"/>: quoted names, converted values), so it costs what the statement costs: the LINQ
/// <c>ExecuteUpdate</c> it replaces parameterised and looked up its expression tree on every save (ADR 0005).
/// </summary>
public static class InputValueWrites
{
    private static readonly ConcurrentDictionary<IModel, string> Statements = new();

    /// <summary>
    /// Writes <paramref name="next"/>'s Number, Text, EnteredBy and EnteredAt over the stored row with its key
    /// (SubmissionId, Round, CriterionCode, InputId) while that row's version is still <paramref name="seen"/>, keeping
    /// the old value in Previous*. Returns the rows written: 0 when someone saved first (or there is no such row).
    /// </summary>
    public static Task<int> UpdateIfVersionAsync(DbContext db, InputValue next, int seen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(next);
        var table = InputValueTable.For(db);
        var sql = Statements.GetOrAdd(db.Model, static (_, t) => Statement(t), table);
        object?[] values =
        [
            Value(table, nameof(InputValue.Number), next), Value(table, nameof(InputValue.Text), next),
            Value(table, nameof(InputValue.EnteredBy), next), Value(table, nameof(InputValue.EnteredAt), next),
            next.SubmissionId, next.Round, next.CriterionCode, next.InputId, seen,
        ];
        // A null value goes as null: EF gives it the null mapping (DBNull has none).
        return db.Database.ExecuteSqlRawAsync(sql, values!, cancellationToken);
    }

    private static object? Value(InputValueTable table, string property, InputValue row) => table.ByProperty[property].Value(row);

    private static string Statement(InputValueTable table)
    {
        string C(string property) => table.ByProperty[property].Name;
        return $"UPDATE {table.Name} SET {C(nameof(InputValue.PreviousNumber))} = {C(nameof(InputValue.Number))}, "
            + $"{C(nameof(InputValue.PreviousText))} = {C(nameof(InputValue.Text))}, "
            + $"{C(nameof(InputValue.Number))} = {{0}}, {C(nameof(InputValue.Text))} = {{1}}, "
            + $"{C(nameof(InputValue.EnteredBy))} = {{2}}, {C(nameof(InputValue.EnteredAt))} = {{3}}, "
            + $"{C(nameof(InputValue.Version))} = {C(nameof(InputValue.Version))} + 1 "
            + $"WHERE {C(nameof(InputValue.SubmissionId))} = {{4}} AND {C(nameof(InputValue.Round))} = {{5}} "
            + $"AND {C(nameof(InputValue.CriterionCode))} = {{6}} AND {C(nameof(InputValue.InputId))} = {{7}} "
            + $"AND {C(nameof(InputValue.Version))} = {{8}}";
    }
}
