using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Formulas;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Yaml;

namespace ChiSo.Web.Features.EditionEditor;

/// <summary>A problem of a draft as clients see it, with the node it concerns when it concerns one.</summary>
public sealed record DraftProblem(string Code, string Severity, string? Node, int Line, int Column, string Vi, string En);

/// <summary>An input of a criterion as clients see it.</summary>
public sealed record DraftInputShown(string Id, string Type, string? Label, string? Unit, double? Min, double? Max, IReadOnlyList<DraftOption> Options);

/// <summary>
/// A node as clients see it: its own max points, the sum of its scored children's (for a parent) and whether they
/// agree, checked as the validator checks them.
/// </summary>
public sealed record DraftNodeShown(
    string Code, string Name, string? NameEn, string? Parent, int Depth, double? MaxPoints, double Effective, double? ChildrenSum, bool Cap,
    double Weight, bool Scored, bool TotalsAgree, IReadOnlyList<DraftInputShown> Inputs, string? Rule, Bilingual? RuleWords);

/// <summary>A draft as the API returns it.</summary>
public sealed record DraftDetails(
    int Id, string FrameworkId, int Edition, string Title, string Status, string Hash, bool Valid, double? Total,
    IReadOnlyList<DraftProblem> Problems, IReadOnlyList<DraftNodeShown> Nodes);

/// <summary>Everything the page and the API show of a draft: nodes in tree order with their totals, problems placed at their nodes.</summary>
public static class DraftView
{
    public static DraftDetails Details(DraftState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var framework = state.Framework;
        var owners = framework is null ? [] : Owners(framework);
        var problems = state.Checked.Problems.Select(p => new DraftProblem(
            p.Code, p.Severity.ToString(), OwnerOf(owners, p.At), p.At.Line, p.At.Column, p.MessageVi, p.MessageEn)).ToList();
        // The validator is the one rule for totals: a node's totals disagree when it reported so at the node.
        var disagree = problems.Where(p => p.Code is FrameworkProblemCodes.MaxNotSum or FrameworkProblemCodes.CapAboveSum && p.Node is not null)
            .Select(p => p.Node!).ToHashSet(StringComparer.Ordinal);
        var nodes = framework is null ? [] : Nodes(framework.Tree, null, 1, disagree).ToList();
        return new DraftDetails(state.Id, state.FrameworkId, state.Edition, state.Title, state.Status.ToString(), state.Hash,
            state.Checked.IsValid, framework is null ? null : FrameworkTree.TotalOf(framework), problems, nodes);
    }

    private static IEnumerable<DraftNodeShown> Nodes(ImmutableArray<FrameworkNode> level, string? parent, int depth, HashSet<string> disagree)
    {
        foreach (var node in level.IsDefault ? [] : level)
        {
            double? sum = node.IsLeaf ? null : node.Children.Where(c => c.Scored).Sum(FrameworkTree.MaxOf);
            var agree = !disagree.Contains(node.Code);
            var inputs = (node.Inputs.IsDefault ? [] : node.Inputs).Select(i => new DraftInputShown(
                i.Id, FrameworkYaml.WordOf(i.Type), i.Label, i.Unit, i.Min, i.Max, [.. (i.Options.IsDefault ? [] : i.Options).Select(o => new DraftOption(o.Key, o.Label))])).ToList();
            yield return new DraftNodeShown(node.Code, node.Name, node.NameEn, parent, depth, node.MaxPoints, FrameworkTree.MaxOf(node), sum, node.Cap,
                node.Weight, node.Scored, agree, inputs, node.Score, FormulaWords.Describe(node));
            foreach (var child in Nodes(node.Children, node.Code, depth + 1, disagree))
            {
                yield return child;
            }
        }
    }

    // The YAML lists each node's own keys before its children, so a problem belongs to the last node that starts
    // on or before its line.
    private static List<(int Line, string Code)> Owners(FrameworkDefinition framework) =>
        [.. FrameworkTree.Descendants(framework.Tree).Where(n => n.At.IsKnown).Select(n => (n.At.Line, n.Code)).OrderBy(o => o.Line)];

    private static string? OwnerOf(List<(int Line, string Code)> owners, SourceSpan at)
    {
        if (!at.IsKnown)
        {
            return null;
        }

        string? owner = null;
        foreach (var (line, code) in owners)
        {
            if (line > at.Line)
            {
                break;
            }

            owner = code;
        }

        return owner;
    }
}
