using ChiSo.Data.Frameworks;
using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files.Frameworks;
using ChiSo.Files.Results;
using ChiSo.Files.Yaml;

namespace ChiSo.Web.Features.Editions;

/// <summary>What an import or a copy came to: the stored edition's id, or every problem.</summary>
public sealed record EditionResult(int? Id, IReadOnlyList<EditionProblem> Problems)
{
    public static EditionResult From(EditionOutcome outcome) =>
        new(outcome.Id, [.. (outcome.Problems ?? []).Select(EditionProblem.Of)]);
}

/// <summary>The editions' operations shared by the pages and the API: import a checked file, copy, diff, export.</summary>
public sealed class EditionActions(EditionStore store)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Stores a checked framework as a draft, as its canonical YAML (<see cref="CanonicalYaml"/>), so that a
    /// download uploaded again gives the same text and hash. Nothing is stored when the file has an error.
    /// </summary>
    public async Task<EditionResult> ImportAsync(CheckedFramework read, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!read.IsValid || read.Framework is null)
        {
            return new EditionResult(null, [.. read.Problems.Select(EditionProblem.Of)]);
        }

        var stored = await store.AddDraftAsync(read.Framework, CanonicalYaml.Write(read.Framework), null, actor, cancellationToken);
        return EditionResult.From(stored);
    }

    /// <summary>
    /// The model of a stored edition and its problems: a draft saved by the editor may not validate yet, and is still
    /// shown, compared and downloaded (it cannot be published until it does).
    /// </summary>
    public (FrameworkDefinition? Framework, CheckedFramework Checked) Model(FrameworkEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        var read = store.Read(edition);
        return read.Framework is { } valid ? (valid, read) : Files.FrameworkSources.ReadDraft(edition.Yaml, EditionStore.FileName(edition));
    }

    /// <summary>"New edition from last year's": the edition copied as a draft with the next edition number.</summary>
    public async Task<EditionResult> CopyAsync(int id, string actor, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } edition || Model(edition).Framework is not { } framework)
        {
            return new EditionResult(null, [EditionProblem.Of(new Bilingual("Không tìm thấy phiên bản bộ chỉ số này.", "No such framework edition."))]);
        }

        var next = framework with { Edition = framework.Edition + 1 };
        return EditionResult.From(await store.AddDraftAsync(next, CanonicalYaml.Write(next), edition.Id, actor, cancellationToken));
    }

    /// <summary>The difference from edition <paramref name="earlierId"/> to <paramref name="laterId"/>; null when either is missing.</summary>
    public async Task<(FrameworkEdition Earlier, FrameworkEdition Later, FrameworkDifference Difference)?> DiffAsync(int earlierId, int laterId, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(earlierId, cancellationToken) is not { } earlier || await store.FindAsync(laterId, cancellationToken) is not { } later
            || Model(earlier).Framework is not { } before || Model(later).Framework is not { } after)
        {
            return null;
        }

        return (earlier, later, FrameworkDiff.Compare(before, after));
    }

    /// <summary>The stored YAML, byte for byte what its hash is of.</summary>
    public static IResult Yaml(FrameworkEdition edition) =>
        TypedResults.File(new System.Text.UTF8Encoding(false).GetBytes(edition.Yaml), "application/yaml; charset=utf-8", EditionStore.FileName(edition));

    public IResult Workbook(FrameworkEdition edition)
    {
        var output = new MemoryStream();
        FrameworkWorkbook.Write(Model(edition).Framework ?? throw new InvalidOperationException("A stored edition always reads to a model."), output);
        output.Position = 0;
        return TypedResults.File(output, XlsxType, Path.ChangeExtension(EditionStore.FileName(edition), ".xlsx"));
    }

    /// <summary>The changes as a table (one change a row), for CSV and workbook downloads.</summary>
    public static ResultTable Table(FrameworkEdition earlier, FrameworkEdition later, FrameworkDifference difference, Language language)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return DiffTable.Of($"{earlier.FrameworkId} {earlier.Edition}", $"{later.FrameworkId} {later.Edition}", difference, language);
    }
}
