using ChiSo.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChiSo.Web.Tests.Support;

/// <summary>
/// The web app on a new PostgreSQL database (<c>chiso_web_&lt;guid&gt;</c> on the server <c>CHISO_TEST_POSTGRES</c>
/// names, which <c>scripts/test</c> starts), migrated and demo-seeded, dropped afterwards. The tests that use it fail,
/// never skip, when no server is given.
/// </summary>
public sealed class PostgresWebAppFactory : WebApplicationFactory<Program>
{
    private const string Variable = "CHISO_TEST_POSTGRES";
    private readonly string server;
    private readonly string name = "chiso_web_" + Guid.NewGuid().ToString("N");

    public PostgresWebAppFactory()
    {
        server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the web tests on PostgreSQL cannot run (they are never skipped). Run `bash scripts/test`, "
                + $"or start a server with `PGROOT=/tmp/chiso-pg bash scripts/pg-test.sh start` and export {Variable} with the string it prints.");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        Options = new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
        };

        // The app migrates only the embedded SQLite database itself; PostgreSQL is migrated as `chiso database migrate` does.
        ChiSoDatabase.MigrateAsync(Options).GetAwaiter().GetResult();
    }

    public DatabaseOptions Options { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => WebAppFactory.Configure(builder, "Postgres", Options.ConnectionString);

    public ChiSoDbContext NewContext() => ChiSoDatabase.CreateContext(Services.GetRequiredService<DatabaseOptions>());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
