namespace ChiSo.Cli.Tests;

/// <summary>A run builds only the command it names; help and anything unknown still see every command.</summary>
public class ChisoCommandTests
{
    [Fact]
    public void Build_FirstArgumentNamingACommand_BuildsThatCommandOnly()
    {
        var all = ChisoCommand.Build(TextWriter.Null, TextWriter.Null).Subcommands.Select(c => c.Name).ToList();

        Assert.Equal(11, all.Count);
        foreach (var name in all)
        {
            var only = ChisoCommand.Build(TextWriter.Null, TextWriter.Null, first: name).Subcommands.Select(c => c.Name);
            Assert.Equal([name], only);
        }

        Assert.Equal(all, ChisoCommand.Build(TextWriter.Null, TextWriter.Null, first: "--help").Subcommands.Select(c => c.Name));
        Assert.Equal(all, ChisoCommand.Build(TextWriter.Null, TextWriter.Null, first: "comptue").Subcommands.Select(c => c.Name));
    }

    [Fact]
    public void Run_MistypedCommand_IsRefusedWithTheCommandsListed()
    {
        var run = CliRunner.Run("comptue", "--data", "x.csv");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("compute", run.Err + run.Out, StringComparison.Ordinal);
    }
}
