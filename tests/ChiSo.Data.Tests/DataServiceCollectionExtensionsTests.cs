using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChiSo.Data.Tests;

public sealed class DataServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(null, null, "Microsoft.EntityFrameworkCore.Sqlite", ChiSoDatabase.SqliteMigrationsAssembly)]
    [InlineData("Postgres", "Host=127.0.0.1;Database=chiso", "Npgsql.EntityFrameworkCore.PostgreSQL", ChiSoDatabase.PostgresMigrationsAssembly)]
    public void AddChiSoData_DatabaseSection_PicksProviderAndMigrationsAssembly(string? provider, string? connectionString, string expectedProvider, string expectedMigrations)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connectionString,
        }).Build();
        using var services = new ServiceCollection().AddChiSoData(configuration, ChiSo.Files.FrameworkSources.FromYaml).BuildServiceProvider();
        using var scope = services.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<ChiSoDbContext>();

        Assert.Equal(expectedProvider, db.Database.ProviderName);
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(expectedMigrations, db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>().Assembly.GetName().Name);
    }
}
