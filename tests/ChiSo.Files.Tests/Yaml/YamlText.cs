namespace ChiSo.Files.Tests.Yaml;

/// <summary>Small framework texts for tests. Leaves have no score rule ("points entered directly"), so these tests
/// do not depend on the formula compiler.</summary>
internal static class YamlText
{
    public const string File = "test.yaml";

    /// <summary>Wraps tree lines (indented by two spaces under <c>tree:</c>) in a valid header; the tree starts on line 5.</summary>
    public static string WithTree(string tree) =>
        "id: test\nedition: 2024\ntitle: Thử nghiệm\ntree:\n" + tree;

    public const string Valid = """
        id: test
        edition: 2024
        title: Thử nghiệm
        tree:
          - code: "1"
            name: Nhóm một
            max: 30
            children:
              - code: "1.1"
                name: Tiêu chí một
                max: 10
              - code: "1.2"
                name: Tiêu chí hai
                max: 20
        """;
}
