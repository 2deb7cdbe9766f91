"""Acceptance of /v1 with the official openai SDK."""
import sys
import os
from openai import OpenAI, NotFoundError, BadRequestError, AuthenticationError

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:7171/v1"
client = OpenAI(base_url=base, api_key=os.environ.get("PA_API_TOKEN", "unused"))
Q = "中欧班列(郑州)+跨境电商这项工作谁牵头？"

print("models:", [m.id for m in client.models.list().data])

first = client.chat.completions.create(model="policygraph", messages=[{"role": "user", "content": Q}])
text = first.choices[0].message.content
print("answer:", text)
print("has 市口岸办:", "市口岸办" in text)
print("references:", first.model_extra.get("references"))

chunks = []
for chunk in client.chat.completions.create(model="policygraph", messages=[{"role": "user", "content": Q}], stream=True):
    if chunk.choices and chunk.choices[0].delta.content:
        chunks.append(chunk.choices[0].delta.content)
print("stream chunks:", len(chunks), "joined == whole:", "".join(chunks) == text)

follow = client.chat.completions.create(model="policygraph", messages=[
    {"role": "user", "content": Q}, {"role": "assistant", "content": text},
    {"role": "user", "content": "还有哪些单位配合？"}])
print("follow-up:", follow.choices[0].message.content)
print("follow-up references:", follow.model_extra.get("references"))

try:
    client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": Q}])
except NotFoundError as e:
    print("unknown model ->", e.status_code, e.body)
try:
    client.chat.completions.create(model="policygraph", messages=[])
except BadRequestError as e:
    print("empty messages ->", e.status_code, e.body)
if os.environ.get("PA_API_TOKEN"):
    try:
        OpenAI(base_url=base, api_key="wrong").models.list()
    except AuthenticationError as e:
        print("wrong token ->", e.status_code, e.body)
