using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NpgsqlTypes;
using ChiSo.Data.Submissions;

namespace ChiSo.Data.Sql;

/// <summary>One column the bulk loader writes: its quoted name, PostgreSQL type and the row's value in provider form.</summary>
internal sealed record BulkColumn(string Name, NpgsqlDbType PostgresType, Func<InputValue, object?> Value);

/// <summary>
/// The InputValues table as the EF model maps it, for hand-written bulk SQL: quoted table and column names from the
/// metadata (so a renamed column cannot drift), values already converted as EF would (timestamps as UTC).
/// Every stored property except the generated key must be listed here: adding a column to <see cref="InputValue"/>
/// without teaching the loader fails loudly instead of silently leaving a NOT NULL column out.
/// </summary>
internal sealed class InputValueTable
{
    private static readonly ConcurrentDictionary<IModel, InputValueTable> Cache = new();

    private InputValueTable(string name, ImmutableArray<BulkColumn> columns, IReadOnlyDictionary<string, BulkColumn> byProperty) =>
        (Name, Columns, ByProperty) = (name, columns, byProperty);

    /// <summary>The delimited (schema-qualified when there is a schema) table name.</summary>
    public string Name { get; }

    public ImmutableArray<BulkColumn> Columns { get; }

    /// <summary>The columns by the <see cref="InputValue"/> property they store.</summary>
    public IReadOnlyDictionary<string, BulkColumn> ByProperty { get; }

    public static InputValueTable For(DbContext db) => Cache.GetOrAdd(db.Model, _ => Create(db));

    private static InputValueTable Create(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(InputValue))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = ImmutableArray.CreateBuilder<BulkColumn>();
        var byProperty = new Dictionary<string, BulkColumn>(StringComparer.Ordinal);
        var stored = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (propertyName, value) in Values())
        {
            var property = entity.FindProperty(propertyName)!;
            var converter = property.GetTypeMapping().Converter;
            Func<InputValue, object?> converted = converter is null ? value : row => converter.ConvertToProvider(value(row));
            var column = new BulkColumn(sql.DelimitIdentifier(property.GetColumnName(store)!), PostgresTypeOf(property), converted);
            columns.Add(column);
            byProperty[propertyName] = column;
            stored.Remove(propertyName);
        }

        if (stored.Count > 0)
        {
            throw new InvalidOperationException($"InputValueTable does not write {string.Join(", ", stored)}: add the new column(s) to the bulk loader.");
        }

        return new InputValueTable(sql.DelimitIdentifier(store.Name, store.Schema), columns.ToImmutable(), byProperty);
    }

    private static (string Property, Func<InputValue, object?> Value)[] Values() =>
    [
        (nameof(InputValue.SubmissionId), v => v.SubmissionId),
        (nameof(InputValue.Round), v => v.Round),
        (nameof(InputValue.CriterionCode), v => v.CriterionCode),
        (nameof(InputValue.InputId), v => v.InputId),
        (nameof(InputValue.Number), v => v.Number),
        (nameof(InputValue.Text), v => v.Text),
        (nameof(InputValue.EnteredBy), v => v.EnteredBy),
        (nameof(InputValue.EnteredAt), v => v.EnteredAt),
        (nameof(InputValue.PreviousNumber), v => v.PreviousNumber),
        (nameof(InputValue.PreviousText), v => v.PreviousText),
        (nameof(InputValue.Version), v => v.Version),
    ];

    private static NpgsqlDbType PostgresTypeOf(IProperty property)
    {
        var type = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(int) ? NpgsqlDbType.Integer
            : type == typeof(double) ? NpgsqlDbType.Double
            : type == typeof(string) ? NpgsqlDbType.Text
            : type == typeof(DateTime) ? NpgsqlDbType.TimestampTz
            : throw new NotSupportedException($"The bulk loader cannot write {property.Name} of type {type.Name}.");
    }
}
