using System.Collections.Immutable;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChiSo.Files.Yaml;

/// <summary>Reads and writes framework editions as YAML (docs/framework-format.md).</summary>
public static class FrameworkYaml
{
    /// <summary>
    /// Reads the form only (syntax, keys, types), for tests of the reader; the framework is null when there is any
    /// error. Everything else reads frameworks through <see cref="FrameworkSources"/>, which also validates and plans.
    /// </summary>
    internal static (FrameworkDefinition? Framework, ImmutableArray<Problem> Problems) Read(string text, string fileName)
    {
        var (framework, problems) = ReadLenient(text, fileName);
        return (problems.Any(p => p.Severity == Severity.Error) ? null : framework, problems);
    }

    /// <summary>Writes <paramref name="framework"/> as YAML that <see cref="FrameworkSources.FromYaml"/> reads back to an equal model.</summary>
    public static string Write(FrameworkDefinition framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return FrameworkYamlWriter.Write(framework);
    }

    /// <summary>The word of an input type in the file format (<c>yes_no</c>, <c>choice</c>, …).</summary>
    public static string WordOf(InputType type) => FrameworkKeys.WordOf(FrameworkKeys.InputTypes, type);

    /// <summary>The input type a word of the file format names; false for any other text.</summary>
    public static bool TryInputType(string? word, out InputType type) => FrameworkKeys.InputTypes.TryGetValue(word ?? "", out type);

    /// <summary>
    /// Reads as far as the text allows: the model is returned whenever the document parsed, even with problems,
    /// so that a loader can go on to validate it and report everything at once.
    /// </summary>
    internal static (FrameworkDefinition? Framework, ImmutableArray<Problem> Problems) ReadLenient(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new YamlProblems(fileName);
        if (!YamlShape.Check(text, problems))
        {
            return (null, problems.All.ToImmutable());
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Error(FrameworkProblemCodes.Syntax, YamlProblems.At(e.Start), SyntaxVi, SyntaxEn(e));
            return (null, problems.All.ToImmutable());
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet throws these instead of a YamlException on some broken text (found by scripts/fuzz).
            problems.Error(FrameworkProblemCodes.Syntax, new SourceSpan(1, 1), SyntaxVi,
                "The file is not valid YAML: usually uneven indentation, an unclosed quote, or a missing space after \":\" or \"-\". Fix it and check again.");
            return (null, problems.All.ToImmutable());
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count > 1 ? YamlProblems.At(stream.Documents[1].RootNode) : new SourceSpan(1, 1);
            problems.Error(FrameworkProblemCodes.Document, at,
                "Tệp phải chứa đúng một tài liệu YAML, bắt đầu bằng các khóa id, edition, title, tree.",
                "The file must hold exactly one YAML document whose top level has the keys id, edition, title, tree.");
            return (null, problems.All.ToImmutable());
        }

        var lines = text.Split('\n');
        var framework = new FrameworkYamlReader(problems, lines).Framework(root);
        return (framework, problems.All.ToImmutable());
    }

    // YamlDotNet's messages are English and technical ("While scanning a quoted scalar, found unexpected end of
    // stream"); the Vietnamese sentence names the usual causes instead, and the English keeps the parser's words.
    private const string SyntaxVi =
        "Tệp không phải YAML hợp lệ ở vị trí này: thường do thụt lề không đều, thiếu dấu nháy đóng, hoặc thiếu dấu cách sau \":\" hay \"-\". Hãy sửa rồi kiểm tra lại.";

    private static string SyntaxEn(YamlException e)
    {
        // The message starts with "(Line: 3, Col: 5, Idx: 40) - (Line: ...): "; the position is in the problem already.
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = (cut >= 0 ? message[(cut + 3)..] : message).TrimEnd('.');
        return $"The file is not valid YAML here ({message}): usually uneven indentation, an unclosed quote, or a missing space after \":\" or \"-\". Fix it and check again.";
    }
}
