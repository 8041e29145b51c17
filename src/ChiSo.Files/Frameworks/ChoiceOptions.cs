using System.Collections.Immutable;
using ChiSo.Engine.Frameworks;

namespace ChiSo.Files.Frameworks;

/// <summary>The one-cell form of a choice input's options: <c>key=Label; key2=Label 2</c>.</summary>
internal static class ChoiceOptions
{
    public static string? Format(ImmutableArray<ChoiceOption> options) =>
        options.IsDefaultOrEmpty ? null : string.Join("; ", options.Select(o => $"{o.Key}={o.Label}"));

    /// <summary>Parses the options, or returns null when a part has no key or no '='.</summary>
    public static ImmutableArray<ChoiceOption>? Parse(string text)
    {
        var options = ImmutableArray.CreateBuilder<ChoiceOption>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            options.Add(new ChoiceOption(part[..equals].Trim(), part[(equals + 1)..].Trim()));
        }

        return options.ToImmutable();
    }
}
