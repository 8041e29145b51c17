namespace ChiSo.Formats.Tests.Shipped;

/// <summary>Files of the repository, found from the test binaries by walking up to the folder holding ChiSo.slnx.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

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

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChiSo.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChiSo.slnx not found above " + AppContext.BaseDirectory);
    }
}
