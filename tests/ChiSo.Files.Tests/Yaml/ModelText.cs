using System.Text.Json;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Tests.Yaml;

/// <summary>
/// A framework as JSON with every position cleared: two models that print the same are equal apart from where
/// their parts were in a file. (Records holding ImmutableArray compare arrays by reference, so == cannot say it.)
/// </summary>
internal static class ModelText
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Of(FrameworkDefinition framework) => JsonSerializer.Serialize(Strip(framework), Options);

    private static FrameworkDefinition Strip(FrameworkDefinition f) => f with
    {
        At = SourceSpan.None,
        Display = f.Display with { At = SourceSpan.None },
        Ranking = f.Ranking with { At = SourceSpan.None },
        Groups = [.. f.Groups.Select(g => g with { At = SourceSpan.None })],
        Tree = [.. f.Tree.Select(Strip)],
        Views = [.. f.Views.Select(v => v with { At = SourceSpan.None, Of = [.. v.Of.Select(p => p with { At = SourceSpan.None })] })],
    };

    private static FrameworkNode Strip(FrameworkNode n) => n with
    {
        At = SourceSpan.None,
        ScoreAt = SourceSpan.None,
        Inputs = [.. n.Inputs.Select(i => i with { At = SourceSpan.None })],
        Checks = [.. n.Checks.Select(c => c with { At = SourceSpan.None, RuleAt = SourceSpan.None })],
        Children = [.. n.Children.Select(Strip)],
    };
}
