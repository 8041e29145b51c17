using Microsoft.EntityFrameworkCore.Design;

namespace ChiSo.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef</c> build the model for PostgreSQL without a host. Adding a migration needs no server;
/// <c>database update</c> uses <c>Database__ConnectionString</c> when set.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ChiSoDbContext>
{
    public ChiSoDbContext CreateDbContext(string[] args) =>
        ChiSoDatabase.CreateContext(new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = Environment.GetEnvironmentVariable("Database__ConnectionString")
                ?? "Host=127.0.0.1;Port=5432;Username=postgres;Database=chiso",
        });
}
