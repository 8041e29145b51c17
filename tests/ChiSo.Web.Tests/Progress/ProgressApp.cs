using ChiSo.Web.Tests.Support;

namespace ChiSo.Web.Tests.Progress;

/// <summary>A seeded app of its own with <see cref="MiniCampaign"/>, so that reminders do not disturb the shared app.</summary>
public sealed class ProgressApp : IAsyncLifetime
{
    public WebAppFactory Factory { get; } = new();

    public MiniCampaign Campaign { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _ = Factory.Server; // starts the host: migrates and seeds
        await using var db = Factory.NewContext();
        Campaign = await MiniCampaign.CreateAsync(db);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ProgressAppGroup : ICollectionFixture<ProgressApp>
{
    public const string Name = "progress app";
}
