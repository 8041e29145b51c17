namespace ChiSo.Web.Features.Layout;

public static class LayoutSetup
{
    public static IServiceCollection AddLayout(this IServiceCollection services) => services.AddScoped<LayoutFacts>();
}
