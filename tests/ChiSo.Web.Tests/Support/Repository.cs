namespace ChiSo.Web.Tests.Support;

/// <summary>The checked-out repository the tests run from.</summary>
internal static class Repository
{
    /// <summary>The folder holding ChiSo.slnx, found above the test assembly.</summary>
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ChiSo.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository (ChiSo.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
