"""The mcp command on stdio, with the official MCP Python SDK's stdio client."""
import asyncio, os
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

JAR = os.path.join(os.path.dirname(__file__), "..", "..", "target", "policy-assistant.jar")
# PA_DATA_DIR, PA_BOLT_PORT…: taken from the environment (a data dir no serve holds)
params = StdioServerParameters(command="java", args=["-jar", os.path.abspath(JAR), "mcp"], env=dict(os.environ))

async def main():
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            print("initialised:", init.server_info.name, "protocol", init.protocol_version)
            print("tools:", [t.name for t in (await session.list_tools()).tools])
            found = await session.call_tool("find_tasks", {"text": "跨境电商", "department": "市口岸办", "limit": 3})
            for t in found.structured_content["tasks"]:
                print("find_tasks:", t["id"], t["citation"]["docNo"], t["text"][:40])
            cite = await session.call_tool("cite", {"taskId": found.structured_content["tasks"][0]["id"]})
            print("cite:", cite.structured_content["citation"]["docNo"], cite.structured_content["citation"]["section"][:40])

asyncio.run(main())
