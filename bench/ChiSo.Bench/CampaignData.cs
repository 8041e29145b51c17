using ChiSo.Files;
using System.Globalization;
using ChiSo.Data;
using ChiSo.Data.Campaigns;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Submissions;
using ChiSo.Data.Units;
using ChiSo.Engine.Frameworks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChiSo.Bench;

/// <summary>
/// A throwaway database with one campaign over 3,321 synthetic communes: a fresh SQLite file, or a fresh database on
/// the PostgreSQL server named by CHISO_BENCH_POSTGRES.
/// </summary>
internal sealed class CampaignData : IAsyncDisposable
{
    public const int Communes = 3_321;
    private readonly string? _file;
    private readonly string? _server;
    private readonly string? _name;

    private CampaignData(DatabaseOptions options, string? file, string? server, string? name) => (Options, _file, _server, _name) = (options, file, server, name);

    public DatabaseOptions Options { get; }

    public int CampaignId { get; private set; }

    public int[] SubmissionIds { get; private set; } = [];

    public static async Task<CampaignData> CreateAsync(DatabaseProvider provider, string frameworkYaml)
    {
        CampaignData data;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"chiso-bench-{Guid.NewGuid():N}.db");
            data = new CampaignData(DatabaseOptions.FromArgument(file), file, null, null);
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("CHISO_BENCH_POSTGRES") ?? throw new InvalidOperationException("Set CHISO_BENCH_POSTGRES.");
            var name = $"chiso_bench_{Guid.NewGuid():N}";
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
            data = new CampaignData(new DatabaseOptions { Provider = provider, ConnectionString = builder.ToString() }, null, server, name);
        }

        await ChiSoDatabase.MigrateAsync(data.Options);
        await data.SeedAsync(frameworkYaml);
        return data;
    }

    public ChiSoDbContext NewContext() => ChiSoDatabase.CreateContext(Options);

    private async Task SeedAsync(string yaml)
    {
        await using var db = NewContext();
        var framework = FrameworkSources.FromYaml(yaml, "dti-xa-2025.yaml").Framework;
        var edition = FrameworkEdition.Draft(framework!.Id, framework.Edition, framework.Title, yaml);
        var units = SyntheticCommunes(10_000, i => $"Xã {i}", _ => null);
        var campaign = new Campaign { Name = "Bench", FrameworkEdition = edition, Year = 2025, Status = CampaignStatus.Open };
        db.AddRange(units);
        db.Add(campaign);
        await db.SaveChangesAsync();
        db.CampaignUnits.AddRange(units.Select(u => new CampaignUnit { CampaignId = campaign.Id, UnitId = u.Id }));
        var submissions = units.Select(u => new Submission { CampaignId = campaign.Id, UnitId = u.Id }).ToList();
        db.Submissions.AddRange(submissions);
        await db.SaveChangesAsync();
        CampaignId = campaign.Id;
        SubmissionIds = [.. submissions.Select(s => s.Id)];
    }

    /// <summary>3,321 communes valid from 01/07/2025, coded from <paramref name="firstCode"/> on (five digits).</summary>
    public static List<Unit> SyntheticCommunes(int firstCode, Func<int, string> name, Func<int, int?> parent) =>
        [.. Enumerable.Range(0, Communes).Select(i => new Unit
        {
            Code = (firstCode + i).ToString("D5", CultureInfo.InvariantCulture), Name = name(i), Level = UnitLevel.Commune, Type = "xã",
            ValidFrom = new DateOnly(2025, 7, 1), ParentId = parent(i),
        })];

    /// <summary>Deletes the input values, so the insert benchmark starts from the same state every time.</summary>
    public async Task ClearValuesAsync()
    {
        await using var db = NewContext();
        await db.InputValues.ExecuteDeleteAsync();
    }

    /// <summary>Plausible values for every input of every criterion of the framework, round 0, one row per input.</summary>
    public static List<InputValue> FrameworkValues(FrameworkDefinition framework, int[] submissions, int round = 0)
    {
        var random = new Random(2025);
        var leaves = Leaves(framework.Tree).ToList();
        var rows = new List<InputValue>();
        var at = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var submission in submissions)
        {
            foreach (var leaf in leaves)
            {
                foreach (var input in leaf.Inputs)
                {
                    var (number, text) = input.Type switch
                    {
                        InputType.Choice => ((double?)null, input.Options[random.Next(input.Options.Length)].Key),
                        InputType.YesNo => (random.Next(2), null),
                        InputType.Date => (null, "15/03/2025"),
                        InputType.Document or InputType.File => (null, "12/QĐ-UBND"),
                        InputType.Percentage => (Math.Round(random.NextDouble() * 100, 2), null),
                        _ => (random.Next(1, 500), (string?)null),
                    };
                    rows.Add(new InputValue { SubmissionId = submission, Round = round, CriterionCode = leaf.Code, InputId = input.Id, Number = number, Text = text, EnteredBy = "bench", EnteredAt = at });
                }
            }
        }

        return rows;
    }

    private static IEnumerable<FrameworkNode> Leaves(IEnumerable<FrameworkNode> nodes) =>
        nodes.SelectMany(n => n.IsLeaf ? [n] : Leaves(n.Children));

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }.Where(File.Exists))
            {
                File.Delete(f);
            }
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
