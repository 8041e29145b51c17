using Microsoft.EntityFrameworkCore.Design;

namespace ChiSo.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for SQLite without a host; the file is only opened by <c>database update</c>.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ChiSoDbContext>
{
    public ChiSoDbContext CreateDbContext(string[] args) =>
        ChiSoDatabase.CreateContext(new DatabaseOptions { Provider = DatabaseProvider.Sqlite });
}
