namespace ChiSo.Files.Tests.Shipped;

/// <summary>The shipped frameworks and schema of the repository.</summary>
internal static class RepoFiles
{
    private static string Root => RepositoryRoot.Path;

    public static string SchemaPath => Path.Combine(Root, "docs", "framework.schema.json");

    public static IEnumerable<string> ShippedFrameworks =>
        Directory.EnumerateFiles(Path.Combine(Root, "frameworks"), "*.yaml").Order(StringComparer.Ordinal);

    /// <summary>The shipped file names, for [MemberData].</summary>
    public static TheoryData<string> ShippedNames()
    {
        var data = new TheoryData<string>();
        foreach (var path in ShippedFrameworks)
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    public static string ReadShipped(string name) => File.ReadAllText(Path.Combine(Root, "frameworks", name));
}
