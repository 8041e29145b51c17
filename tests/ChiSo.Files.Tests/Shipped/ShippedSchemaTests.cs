using NJsonSchema;

namespace ChiSo.Files.Tests.Shipped;

public class ShippedSchemaTests
{
    [Theory]
    [MemberData(nameof(RepoFiles.ShippedNames), MemberType = typeof(RepoFiles))]
    public async Task Schema_ShippedFramework_Validates(string name)
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(RepoFiles.SchemaPath));

        var errors = schema.Validate(YamlJson.Convert(RepoFiles.ReadShipped(name)));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Theory]
    [InlineData("nmae: X", "nmae")]
    [InlineData("max: mười", "max")]
    [InlineData("code: 1", "code")]
    public async Task Schema_BadNode_IsRejected(string badLine, string key)
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(RepoFiles.SchemaPath));
        var yaml = $"id: x\nedition: 2024\ntitle: X\ntree:\n  - code: \"1\"\n    name: Một\n    {badLine}\n";
        yaml = yaml.Replace("  - code: \"1\"\n    name: Một\n    code: 1", "  - code: 1\n    name: Một", StringComparison.Ordinal);

        var errors = schema.Validate(YamlJson.Convert(yaml));

        Assert.Contains(errors, e => e.ToString().Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedFrameworks_StartWithTheSchemaModeline()
    {
        Assert.NotEmpty(RepoFiles.ShippedFrameworks);
        Assert.All(RepoFiles.ShippedFrameworks, path =>
            Assert.StartsWith("# yaml-language-server: $schema=../docs/framework.schema.json\n", File.ReadAllText(path), StringComparison.Ordinal));
    }
}
