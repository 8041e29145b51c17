using System.Text.Json;
using ChiSo.Data;
using ChiSo.Data.Frameworks;

namespace ChiSo.Cli.Tests;

public sealed class FrameworkCommandTests
{
    private static string Shipped(string name) => RepositoryRoot.Of("frameworks", name);

    [Fact]
    public void Import_ShippedFramework_DraftThenListedAsJson()
    {
        using var folder = new TempFolder();
        var db = folder.File("chiso.db");

        var import = CliRunner.Run("framework", "import", Shipped("dii-2023.yaml"), "--database", db);
        var list = CliRunner.Run("framework", "list", "--format", "json", "--database", db);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("bản nháp", import.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(list.Out);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("dii", row.GetProperty("framework_id").GetString());
        Assert.Equal("draft", row.GetProperty("status").GetString());
        Assert.Equal(64, row.GetProperty("hash").GetString()!.Length);
    }

    [Fact]
    public void Import_Publish_StoredPublishedWithTheCanonicalHash_SecondImportRefused()
    {
        using var folder = new TempFolder();
        var db = folder.File("chiso.db");

        var first = CliRunner.Run("framework", "import", Shipped("dti-so-nganh-2023.yaml"), "--publish", "--database", db);
        var second = CliRunner.Run("framework", "import", Shipped("dti-so-nganh-2023.yaml"), "--database", db, "--lang", "en");
        using var context = ChiSoDatabase.CreateContext(DatabaseOptions.FromArgument(db));
        var stored = Assert.Single(context.FrameworkEditions);

        Assert.Equal((0, 1), (first.ExitCode, second.ExitCode));
        Assert.Equal(EditionStatus.Published, stored.Status);
        Assert.Equal("cli", stored.CreatedBy);
        Assert.Contains(stored.ContentHash, first.Out, StringComparison.Ordinal);
        Assert.Contains("already has the edition 2023", second.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BrokenFile_Exit1WithPositions_NothingStored()
    {
        using var folder = new TempFolder();
        var db = folder.File("chiso.db");
        var broken = folder.Write("hong.yaml", File.ReadAllText(Shipped("dii-2023.yaml")).Replace("score: if(quy_hoach, max, 0)", "score: if(khong_co, max, 0)", StringComparison.Ordinal));

        var run = CliRunner.Run("framework", "import", broken, "--database", db);
        var list = CliRunner.Run("framework", "list", "--format", "csv", "--database", db);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches("hong\\.yaml:[0-9]+:[0-9]+: lỗi", run.Err);
        Assert.Equal("id,framework_id,edition,title,status,hash\n", list.Out.Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_YamlAndWorkbook_ImportedAgainGiveTheSameHash()
    {
        using var folder = new TempFolder();
        var db = folder.File("chiso.db");
        var other = folder.File("khac.db");
        CliRunner.Run("framework", "import", Shipped("dti-tinh-2022.yaml"), "--publish", "--database", db);

        var yaml = CliRunner.Run("framework", "export", "1", "--to", "yaml", "--output", folder.File("tai-ve.yaml"), "--database", db);
        var xlsx = CliRunner.Run("framework", "export", "1", "--to", "xlsx", "--output", folder.File("tai-ve.xlsx"), "--database", db);
        var noOutput = CliRunner.Run("framework", "export", "1", "--to", "xlsx", "--database", db);
        CliRunner.Run("framework", "import", folder.File("tai-ve.xlsx"), "--database", other);
        using var first = ChiSoDatabase.CreateContext(DatabaseOptions.FromArgument(db));
        using var second = ChiSoDatabase.CreateContext(DatabaseOptions.FromArgument(other));
        var hash = Assert.Single(first.FrameworkEditions).ContentHash;

        Assert.Equal((0, 0, 2), (yaml.ExitCode, xlsx.ExitCode, noOutput.ExitCode));
        Assert.Equal(hash, FrameworkEdition.HashOf(File.ReadAllText(folder.File("tai-ve.yaml"))));
        Assert.Equal(hash, Assert.Single(second.FrameworkEditions).ContentHash);
    }

    [Fact]
    public void Diff_StoredIdAgainstAFile_ListsTheChangesAsCsv()
    {
        using var folder = new TempFolder();
        var db = folder.File("chiso.db");
        CliRunner.Run("framework", "import", Shipped("dii-2023.yaml"), "--database", db);
        var text = File.ReadAllText(Shipped("dii-2023.yaml"));
        var later = folder.Write("dii-2024.yaml", text.Replace("edition: 2023", "edition: 2024", StringComparison.Ordinal)
            .Replace("score: if(quy_hoach, max, 0)", "score: if(quy_hoach, max / 2, 0)", StringComparison.Ordinal));

        var run = CliRunner.Run("framework", "diff", "1", later, "--format", "csv", "--database", db);
        var same = CliRunner.Run("framework", "diff", Shipped("dii-2023.yaml"), Shipped("dii-2023.yaml"), "--lang", "en");
        var missing = CliRunner.Run("framework", "diff", "7", later, "--database", db);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("change,earlier_code,later_code", run.Out, StringComparison.Ordinal);
        Assert.Contains("rule,", run.Out, StringComparison.Ordinal);
        Assert.Contains("max / 2", run.Out, StringComparison.Ordinal);
        Assert.Equal(0, same.ExitCode);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("phiên bản bộ chỉ số số 7", missing.Err, StringComparison.Ordinal);
    }
}
