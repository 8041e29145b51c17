namespace ChiSo.Engine;

/// <summary>The language a user reads messages in. Vietnamese first.</summary>
public enum Language
{
    /// <summary>Tiếng Việt (default).</summary>
    Vi,

    /// <summary>English.</summary>
    En,
}

/// <summary>How serious a <see cref="Problem"/> is.</summary>
public enum Severity
{
    /// <summary>The input cannot be used.</summary>
    Error,

    /// <summary>The input can be used, but something looks wrong.</summary>
    Warning,
}

/// <summary>A position in a source text; 1-based. Zero means unknown.</summary>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
public readonly record struct SourceSpan(int Line, int Column)
{
    /// <summary>No known position.</summary>
    public static SourceSpan None => default;

    /// <summary>True when the line is known.</summary>
    public bool IsKnown => Line > 0;
}

/// <summary>
/// A problem in something a user supplied (a framework file, a formula, a data table), with its place and a
/// plain sentence in Vietnamese and English. User errors are data, never exceptions.
/// </summary>
/// <param name="Code">Stable identifier such as <c>FW012</c>, for documentation and tests.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="File">The file the problem is in, as the user named it; null when not from a file.</param>
/// <param name="At">Line and column in <paramref name="File"/>.</param>
/// <param name="Text">The sentence, in Vietnamese and English.</param>
public sealed record Problem(string Code, Severity Severity, string? File, SourceSpan At, Bilingual Text)
{
    /// <summary>The sentence in Vietnamese.</summary>
    public string MessageVi => Text.Vi;

    /// <summary>The sentence in English.</summary>
    public string MessageEn => Text.En;

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string Message(Language language) => Text.In(language);

    /// <summary>Formats as <c>file:line:column: lỗi CODE: message</c>, the shape compilers use, so editors can jump to it.</summary>
    public string Format(Language language)
    {
        var place = File ?? "";
        if (At.IsKnown)
        {
            place += At.Column > 0
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $":{At.Line}:{At.Column}")
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $":{At.Line}");
        }

        var kind = (Severity, language) switch
        {
            (Severity.Error, Language.Vi) => "lỗi",
            (Severity.Warning, Language.Vi) => "cảnh báo",
            (Severity.Error, Language.En) => "error",
            (Severity.Warning, Language.En) => "warning",
        };

        return place.Length == 0 ? $"{kind} {Code}: {Message(language)}" : $"{place}: {kind} {Code}: {Message(language)}";
    }

    /// <summary>An error with a position.</summary>
    public static Problem Error(string code, string? file, SourceSpan at, string vi, string en) =>
        new(code, Severity.Error, file, at, new Bilingual(vi, en));

    /// <summary>A warning with a position.</summary>
    public static Problem Warning(string code, string? file, SourceSpan at, string vi, string en) =>
        new(code, Severity.Warning, file, at, new Bilingual(vi, en));
}
