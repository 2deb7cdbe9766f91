"""Acceptance of /mcp with the official MCP Python SDK's Streamable HTTP client."""
import asyncio, json, os, sys, urllib.request
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:7171/mcp"

def graph_size():
    with urllib.request.urlopen(url.replace("/mcp", "/api/documents")) as r:
        docs = json.load(r)
    return len(docs), sum(d.get("tasks", 0) for d in docs), sum(d.get("targets", 0) for d in docs)

async def main():
    before = graph_size()
    token = os.environ.get("PA_API_TOKEN")
    http = create_mcp_http_client(headers={"Authorization": "Bearer " + token} if token else None)
    async with streamable_http_client(url, http_client=http) as (read, write):
        async with ClientSession(read, write) as session:
            init = await session.initialize()
            print("initialised:", init.server_info.name, init.server_info.version, "protocol", init.protocol_version)
            tools = (await session.list_tools()).tools
            print("tools:", [t.name for t in tools])
            ask = await session.call_tool("ask", {"question": "中欧班列(郑州)+跨境电商这项工作谁牵头？"})
            print("ask answer:", ask.structured_content["answer"])
            print("ask first citation:", ask.structured_content["citations"][0])
            chain = await session.call_tool("department_chain", {"name": "市商务局"})
            dept = chain.structured_content["department"]
            print("department_chain:", dept, "tasks:", len(chain.structured_content["tasks"]))
            print("first task:", json.dumps(chain.structured_content["tasks"][0], ensure_ascii=False)[:400])
            try:
                bad = await session.call_tool("department_chain", {})
                print("missing argument ->", bad)
            except Exception as e:
                print("missing argument ->", type(e).__name__, e)
            res = await session.read_resource("policygraph://documents")
            print("resource documents:", len(json.loads(res.contents[0].text)["documents"]))
    after = graph_size()
    print("graph (documents, tasks, targets) before", before, "after", after, "unchanged:", before == after)

asyncio.run(main())
