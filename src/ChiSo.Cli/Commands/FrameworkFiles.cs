using ChiSo.Engine;
using ChiSo.Engine.Frameworks;
using ChiSo.Files;

namespace ChiSo.Cli.Commands;

/// <summary>A framework file on disk through <see cref="FrameworkSources"/>, with the file system's own problems.</summary>
internal static class FrameworkFiles
{
    public static CheckedFramework Load(string path)
    {
        if (!File.Exists(path))
        {
            return CheckedFramework.Unread([DataTableFiles.Missing(path)]);
        }

        try
        {
            return FrameworkSources.FromFile(path);
        }
        catch (IOException e)
        {
            return CheckedFramework.Unread([Problem.Error("IO003", path, SourceSpan.None, $"Không đọc được tệp: {e.Message}", $"Cannot read the file: {e.Message}")]);
        }
    }
}
