using System.Reflection;
using Xunit.Sdk;

namespace ChiSo.Data.Tests.Support;

/// <summary>
/// Runs a theory once per provider (bitwarden's DatabaseData idea). The test makes its database with
/// <c>await using var database = await TestDatabase.CreateAsync(provider)</c>; the PostgreSQL row fails, never skips,
/// when no server is configured.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllDatabasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
    [
        [DatabaseProvider.Sqlite],
        [DatabaseProvider.Postgres],
    ];
}
