namespace ChiSo.Web.Tests.Support;

/// <summary>One seeded app for the tests that do not change accounts (seeding takes a few seconds).</summary>
[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<WebAppFactory>
{
    public const string Name = "shared app";
}
