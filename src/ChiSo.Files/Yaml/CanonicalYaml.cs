using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Yaml;

/// <summary>
/// The text a framework edition is stored as: its YAML with every text trimmed, as a workbook cell keeps it. A YAML
/// block (<c>notes: |</c>) ends with a line break that a cell cannot hold, so without the trim the same framework
/// would have one hash from its YAML and another from its workbook. Reading the canonical text, or a workbook written
/// from it, and writing it again gives the same text and hash.
/// </summary>
public static class CanonicalYaml
{
    public static string Write(FrameworkDefinition framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return FrameworkYaml.Write(framework with
        {
            Id = framework.Id.Trim(),
            Title = framework.Title.Trim(),
            TitleEn = Trim(framework.TitleEn),
            Notes = Trim(framework.Notes),
            UnitLevel = Trim(framework.UnitLevel),
            LegalBasis = framework.LegalBasis is { } legal ? legal with { Number = legal.Number.Trim() } : null,
            Groups = [.. framework.Groups.Select(g => g with { Code = g.Code.Trim(), Name = g.Name.Trim() })],
            Tree = [.. framework.Tree.Select(Node)],
            Views = [.. framework.Views.Select(v => v with
            {
                Code = v.Code.Trim(),
                Name = v.Name.Trim(),
                NameEn = Trim(v.NameEn),
                Notes = Trim(v.Notes),
                Of = [.. v.Of.Select(p => p with { Code = p.Code.Trim() })],
            })],
        });
    }

    private static FrameworkNode Node(FrameworkNode node) => node with
    {
        Code = node.Code.Trim(),
        Name = node.Name.Trim(),
        NameEn = Trim(node.NameEn),
        Description = Trim(node.Description),
        Lead = Trim(node.Lead),
        Score = Trim(node.Score),
        Evidence = node.Evidence is { } evidence ? evidence with { Note = Trim(evidence.Note) } : null,
        Inputs = [.. node.Inputs.Select(i => i with
        {
            Label = Trim(i.Label),
            Unit = Trim(i.Unit),
            Options = [.. i.Options.Select(o => o with { Label = o.Label.Trim() })],
        })],
        Children = [.. node.Children.Select(Node)],
    };

    private static string? Trim(string? text) => text?.Trim();
}
