using System.Text;

namespace ChiSo.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return ChisoCommand.Run(args, Console.Out, Console.Error);
    }
}
