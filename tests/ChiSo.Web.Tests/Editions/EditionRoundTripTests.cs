using ChiSo.Data.Frameworks;
using ChiSo.Files;
using ChiSo.Files.Frameworks;
using ChiSo.Files.Yaml;
using ChiSo.Web.Features.Editions;

namespace ChiSo.Web.Tests.Editions;

/// <summary>
/// An edition is stored as the canonical YAML of what was read: a download (YAML or workbook) uploaded again reads to
/// the same text, so the same SHA-256, for every shipped framework.
/// </summary>
public sealed class EditionRoundTripTests
{
    /// <summary>The hash an upload of <paramref name="bytes"/> would be stored under, read as the upload reads it.</summary>
    public static string HashOfUpload(byte[] bytes, string name)
    {
        var read = EditionUpload.Read(new MemoryStream(bytes), name);
        Assert.True(read.IsValid, string.Join("\n", read.Problems.Select(p => p.Format(Engine.Language.En))));
        return FrameworkEdition.HashOf(CanonicalYaml.Write(read.Framework!));
    }

    public static TheoryData<string> Shipped => [.. Directory.GetFiles(RepositoryRoot.Of("frameworks"), "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Download_ShippedFramework_YamlAndWorkbookUploadAgainToTheSameHash(string file)
    {
        var uploaded = HashOfUpload(File.ReadAllBytes(RepositoryRoot.Of("frameworks", file)), file);
        var stored = FrameworkSources.FromYaml(File.ReadAllText(RepositoryRoot.Of("frameworks", file)), file).Framework!;
        var yaml = CanonicalYaml.Write(stored);
        using var workbook = new MemoryStream();
        FrameworkWorkbook.Write(FrameworkSources.FromYaml(yaml, file).Framework!, workbook);

        Assert.Equal(FrameworkEdition.HashOf(yaml), uploaded);
        Assert.Equal(uploaded, HashOfUpload(System.Text.Encoding.UTF8.GetBytes(yaml), "tai-ve.yaml"));
        Assert.Equal(uploaded, HashOfUpload(workbook.ToArray(), "tai-ve.xlsx"));
    }

    [Fact]
    public void NameOf_PathsAndControlCharacters_OnlyTheFileNameKept()
    {
        Assert.Equal("bo.yaml", EditionUpload.NameOf("..\\..\\etc/bo.yaml"));
        Assert.Equal("ab.yaml", EditionUpload.NameOf("a\u0000b.yaml"));
        Assert.Equal("tep-tai-len", EditionUpload.NameOf(null));
    }
}
