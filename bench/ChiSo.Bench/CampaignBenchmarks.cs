using ChiSo.Files;
using BenchmarkDotNet.Attributes;
using ChiSo.Data;
using ChiSo.Data.Results;
using ChiSo.Data.Submissions;
using Microsoft.Data.Sqlite;
using ChiSo.Data.Sql;

namespace ChiSo.Bench;

/// <summary>The database providers to measure: SQLite always, PostgreSQL when CHISO_BENCH_POSTGRES is set.</summary>
public static class BenchProviders
{
    public static IEnumerable<DatabaseProvider> All() =>
        Environment.GetEnvironmentVariable("CHISO_BENCH_POSTGRES") is { Length: > 0 } ? [DatabaseProvider.Sqlite, DatabaseProvider.Postgres] : [DatabaseProvider.Sqlite];

    public static string CommuneFramework() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "frameworks", "dti-xa-2025.yaml"));
}

/// <summary>Loading 3,321 communes × 50 criteria × 3 rounds = 498,150 input values.</summary>
[MemoryDiagnoser]
public class InputLoadBenchmarks
{
    private CampaignData _data = null!;
    private List<InputValue> _rows = [];

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers() => BenchProviders.All();

    [GlobalSetup]
    public void Setup()
    {
        _data = CampaignData.CreateAsync(Provider, BenchProviders.CommuneFramework()).GetAwaiter().GetResult();
        _rows = Synthetic(_data.SubmissionIds);
    }

    [IterationSetup]
    public void Clear() => _data.ClearValuesAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _data.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>EF Core: AddRange + SaveChanges per 20,000 rows, change detection off, one transaction.</summary>
    [Benchmark]
    public async Task EfBatches()
    {
        await using var db = _data.NewContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var batch in _rows.Chunk(20_000))
        {
            db.InputValues.AddRange(batch.Select(Copy));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync();
    }

    /// <summary>The product's bulk loader: multi-row INSERTs on SQLite, binary COPY on PostgreSQL, one transaction.</summary>
    [Benchmark(Baseline = true)]
    public async Task BulkLoader()
    {
        await using var db = _data.NewContext();
        await InputValueBulkLoader.LoadAsync(db, _rows);
    }

    /// <summary>SQLite only: one prepared INSERT, parameters rebound per row, one transaction.</summary>
    [Benchmark]
    public void SqlitePrepared()
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        using var connection = new SqliteConnection(_data.Options.ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO "InputValues" ("SubmissionId", "Round", "CriterionCode", "InputId", "Number", "Text", "EnteredBy", "EnteredAt", "Version")
            VALUES ($s, $r, $c, $i, $n, NULL, $b, $a, 0)
            """;
        var p = ParameterNames.Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        command.Prepare();
        foreach (var row in _rows)
        {
            (p[0].Value, p[1].Value, p[2].Value, p[3].Value) = (row.SubmissionId, row.Round, row.CriterionCode, row.InputId);
            (p[4].Value, p[5].Value, p[6].Value) = (row.Number, row.EnteredBy, row.EnteredAt);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static readonly string[] ParameterNames = ["$s", "$r", "$c", "$i", "$n", "$b", "$a"];

    private static InputValue Copy(InputValue v) => new()
    {
        SubmissionId = v.SubmissionId, Round = v.Round, CriterionCode = v.CriterionCode, InputId = v.InputId,
        Number = v.Number, Text = v.Text, EnteredBy = v.EnteredBy, EnteredAt = v.EnteredAt,
    };

    internal static List<InputValue> Synthetic(int[] submissions)
    {
        var random = new Random(50);
        var codes = Enumerable.Range(1, 50).Select(c => $"C{c:D2}").ToArray();
        var at = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        return [.. from round in Enumerable.Range(0, 3)
            from s in submissions
            from code in codes
            select new InputValue { SubmissionId = s, Round = round, CriterionCode = code, InputId = "v", Number = random.Next(0, 100), EnteredBy = "bench", EnteredAt = at }];
    }
}

/// <summary>Scoring a whole commune campaign from the database: load, engine, snapshot (3,321 communes × dti-xa-2025).</summary>
[MemoryDiagnoser]
public class CampaignComputeBenchmarks
{
    private CampaignData _data = null!;

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    public static IEnumerable<DatabaseProvider> Providers() => BenchProviders.All();

    // One per process, as the app registers it: a compute reads the framework text only on the first run.
    private static readonly ScoringPlans Plans = new(FrameworkSources.FromYaml);

    [GlobalSetup]
    public void Setup()
    {
        var yaml = BenchProviders.CommuneFramework();
        _data = CampaignData.CreateAsync(Provider, yaml).GetAwaiter().GetResult();
        using var db = _data.NewContext();
        var values = CampaignData.FrameworkValues(FrameworkSources.FromYaml(yaml, "dti-xa-2025.yaml").Framework!, _data.SubmissionIds);
        InputValueBulkLoader.LoadAsync(db, values).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _data.DisposeAsync().AsTask().GetAwaiter().GetResult();

    internal ChiSoDbContext NewContext() => _data.NewContext();

    internal int CampaignId => _data.CampaignId;

    [Benchmark]
    public async Task<int> ComputeAndSnapshot()
    {
        await using var db = _data.NewContext();
        var result = await new CampaignScoring(db, TimeProvider.System, Plans).ComputeAsync(_data.CampaignId, Rounds.Self, "bench");
        return result.Snapshot!.Id;
    }
}
