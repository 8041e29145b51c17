namespace ChiSo.Tests;

/// <summary>
/// The repository's root folder (the one holding ChiSo.slnx), found from the test binaries: shipped frameworks,
/// reference results and documents are read where they are committed. Linked into every test project.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Of(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ChiSo.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChiSo.slnx not found above " + AppContext.BaseDirectory);
    }
}
