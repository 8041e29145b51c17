using ChiSo.Engine.Frameworks;

namespace ChiSo.Engine.Tests.Frameworks;

/// <summary>Small models for validator tests; leaves carry no score rule unless a test adds one.</summary>
internal static class Build
{
    private static int line;

    public static FrameworkNode Leaf(string code, double? max) =>
        new() { Code = code, Name = "Tiêu chí " + code, MaxPoints = max, At = new SourceSpan(++line, 5) };

    public static FrameworkNode Parent(string code, double? max, params FrameworkNode[] children) =>
        new() { Code = code, Name = "Nhóm " + code, MaxPoints = max, Children = [.. children], At = new SourceSpan(++line, 5) };

    public static FrameworkDefinition Framework(params FrameworkNode[] roots) =>
        new() { Id = "test", Edition = 2024, Title = "Thử nghiệm", Tree = [.. roots], At = new SourceSpan(1, 1) };
}
