using ChiSo.Engine.Scoring;
using ChiSo.Files.Frameworks;

namespace ChiSo.Fuzz;

/// <summary>Seeds written by ChiSo itself: a framework workbook and small CSV tables in each reader's layout.</summary>
internal static class Workbooks
{
    public const string UnitsCsv =
        "code,name,level,type,parent_code,valid_from,valid_to,population\n" +
        "S01,\"Sở Khoa học và Công nghệ\",department,sở,44,2025-07-01,,\n" +
        "S02,Sở Tài chính,department,sở,44,01/07/2025,31/12/2030,12\n";

    public const string CoinrMeta =
        "iCode,iName,Level,Type,Parent,Weight,Direction\n" +
        "a,A,1,Indicator,P1,1,1\nb,B,1,Indicator,P1,2,-1\nc,C,1,Indicator,P2,1,1\n" +
        "P1,Pillar 1,2,Aggregate,Index,1,1\nP2,Pillar 2,2,Aggregate,Index,1,1\nIndex,Index,3,Aggregate,,1,1\n";

    public const string CoinrData =
        "uCode,uName,a,b,c\nU1,Một,1.5,2,3\nU2,Hai,,4,5\nU3,Ba,7,8,9e-3\n";

    public static (byte[] Framework, byte[] Unit, byte[] Assignment) Seeds(ScoringPlan plan)
    {
        using var framework = new MemoryStream();
        FrameworkWorkbook.Write(plan.Framework, framework);
        var bytes = framework.ToArray();
        // The unit and assignment readers get the same well-formed package: mutations inside its XML parts reach
        // their sheet readers once the package guard lets them through.
        return (bytes, bytes, bytes);
    }
}
