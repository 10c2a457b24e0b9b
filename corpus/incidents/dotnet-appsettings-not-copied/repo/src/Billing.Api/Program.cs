var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddJsonFile($"appsettings.{builder.Environment.EnvironmentName}.json", optional: false);
builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
